using PartnerHelp.Core.Chat;

namespace PartnerHelp.Web.Bot;

/// <summary>
/// Trains the bot's recognizer while the site starts, off the start-up path, so the first message does not wait
/// for it and the training time is logged.
/// </summary>
public sealed class ChatRecognizerWarmUp(IServiceProvider services, ILogger<ChatRecognizerWarmUp> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var recognizer = services.GetRequiredService<ChatRecognizer>();
            logger.LogInformation("Help-bot recognizer trained on {Utterances} utterances in {Milliseconds:F0} ms", recognizer.UtteranceCount, recognizer.TrainingTime.TotalMilliseconds);
        },
        stoppingToken);
}
