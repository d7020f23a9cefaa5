namespace PartnerHelp.Web.Hosting;

/// <summary>Registers the periodic return of free native memory (<see cref="NativeHeapOptions"/>).</summary>
public static class NativeHeapServiceCollectionExtensions
{
    /// <summary>Binds <see cref="NativeHeapOptions"/> and starts <see cref="NativeHeapTrimmer"/> with the host.</summary>
    public static IServiceCollection AddNativeHeapTrimming(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NativeHeapOptions>(configuration.GetSection(NativeHeapOptions.Section));
        services.AddHostedService<NativeHeapTrimmer>();
        return services;
    }
}
