using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHelp.Infrastructure.Persistence;

namespace PartnerHelp.Infrastructure.Security;

/// <summary>
/// The data protection key ring's storage over the application's own database (the EF Core package for this
/// is not obtainable here). Elements are append-only: the key manager never updates or deletes one, it adds
/// revocations. Storing an element whose name is already there (two nodes writing the same element) is a no-op.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes, TimeProvider time) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // The key manager calls this synchronously, at most once per key ring refresh (about once a day).
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        var rows = db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.FriendlyName).Select(k => k.Xml).ToList();
        return rows.Select(xml => XElement.Parse(xml)).ToList();
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrEmpty(friendlyName) ? $"element-{Guid.NewGuid():N}" : friendlyName;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHelpDbContext>();
        if (db.DataProtectionKeys.Any(k => k.FriendlyName == name))
        {
            return;
        }

        db.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            FriendlyName = name,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            StoredAt = time.GetUtcNow(),
        });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException) when (db.DataProtectionKeys.AsNoTracking().Any(k => k.FriendlyName == name))
        {
            // Another node stored the same element between the check and the insert.
        }
    }
}
