using System.Globalization;

namespace PartnerHelp.Jobs.Engine;

/// <summary>Runs a job in the language of the person whose action it carries out, restoring the worker's culture after.</summary>
public sealed class JobCulture : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private JobCulture(CultureInfo culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Switches to <paramref name="name"/> (ignored when empty or unknown) until disposed.</summary>
    public static IDisposable? Use(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return new JobCulture(CultureInfo.GetCultureInfo(name));
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
