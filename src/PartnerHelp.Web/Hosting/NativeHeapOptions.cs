namespace PartnerHelp.Web.Hosting;

/// <summary>The <c>NativeHeap</c> section: how often the site returns the memory glibc's arenas hold free.</summary>
public sealed class NativeHeapOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NativeHeap";

    /// <summary>How often the free pages of the arenas are returned to the system; zero turns trimming off.</summary>
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromSeconds(10);
}
