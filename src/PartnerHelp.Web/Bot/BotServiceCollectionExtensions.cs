using PartnerHelp.Core.Chat;
using PartnerHelp.Web.Bot.Connector;
using PartnerHelp.Web.Bot.Dialog;
using PartnerHelp.Web.Bot.DirectLine;

namespace PartnerHelp.Web.Bot;

/// <summary>Registers and maps the help bot: the dialog, Direct Line and <c>/api/messages</c>.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Registers the bot's services and rate limits (configuration section <c>Bot</c>).</summary>
    public static IServiceCollection AddHelpBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.SectionName));
        services.AddSingleton<BotRateLimits>();
        services.AddSingleton(_ => new ChatRecognizer(RecognizerModel.LoadEmbedded()));
        services.AddHostedService<ChatRecognizerWarmUp>();
        services.AddScoped<OrderAnswers>();
        services.AddScoped<PathAnswers>();
        services.AddScoped<CreditAnswers>();
        services.AddScoped<ResourceResolver>();
        services.AddScoped<HelpDialog>();
        services.AddScoped<BotUsers>();
        services.AddScoped<BotRunner>();
        services.AddScoped<DirectLineTokens>();
        services.AddScoped<DirectLineErrors>();
        services.AddScoped<ActivityLog>();
        services.AddScoped<DirectLineConversation>();
        services.AddScoped<ActivityStream>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddHttpClient(nameof(ChannelAuthenticator), client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    /// <summary>Accepts WebSockets (the Direct Line stream) and maps the bot's endpoints.</summary>
    public static WebApplication UseHelpBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.MapDirectLine();
        app.MapBotMessages();
        return app;
    }
}
