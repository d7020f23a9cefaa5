using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerHelp.Testing;

namespace PartnerHelp.Web.Tests.Localization;

/// <summary>The real site with pseudo-localized resources (see <see cref="PseudoLocalizer"/>).</summary>
public sealed class PseudoLocalizedSite : PartnerHelpFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(provider =>
            new PseudoLocalizerFactory(new ResourceManagerStringLocalizerFactory(
                provider.GetRequiredService<IOptions<LocalizationOptions>>(), provider.GetRequiredService<ILoggerFactory>())))));
    }
}
