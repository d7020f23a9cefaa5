using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Security;

/// <summary>Data protection (sign-in cookies, antiforgery tokens) with its key ring in the application's database.</summary>
public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>The application name every node shares: it scopes the protectors, so it must not vary by node or path.</summary>
    public const string ApplicationName = "PartnerHelp";

    /// <summary>Keys in the database through Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, one application name for every node.</summary>
    public static IServiceCollection AddPartnerHelpDataProtection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PartnerHelpDbContext>();
        return services;
    }
}
