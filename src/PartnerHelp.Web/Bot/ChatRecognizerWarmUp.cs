using PartnerHelp.Core.Chat;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Loads the bot's recognizer (the model trained offline and shipped in PartnerHelp.Core) while the site starts,
/// off the start-up path, so the first message does not wait for it; the load time is logged.
/// </summary>
public sealed class ChatRecognizerWarmUp(IServiceProvider services, ILogger<ChatRecognizerWarmUp> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var model = services.GetRequiredService<ChatRecognizer>().Model;
            logger.LogInformation("Help-bot recognizer loaded ({Utterances} utterances) in {Milliseconds:F1} ms", model.UtteranceCount, model.LoadTime.TotalMilliseconds);
        },
        stoppingToken);
}
