namespace PartnerHelp.Testing;

/// <summary>A folder under the system temp path, removed on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "partnerhelp-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <remarks>
    /// Pools are not cleared here. <c>SqliteConnection.ClearAllPools</c> clears every pool in the process, and tests
    /// run in parallel: a site of another test opening a pooled connection at that moment got a disposed handle
    /// (<c>ObjectDisposedException</c> in <c>SqliteConnection.Open</c>), and its sign-in answered 500. On Linux a folder
    /// is removed with its files still open; idle pooled connections are closed by the pool's own pruning.
    /// </remarks>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process we started may still hold a file for a moment; the OS temp cleaner gets it.
        }
    }
}
