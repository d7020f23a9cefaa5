using System.Runtime.InteropServices;

namespace PartnerHelp.Web.Hosting;

/// <summary>
/// The C library's allocator, where the runtime's JIT, SQLite and OpenSSL take their native memory. glibc gives threads
/// their own arenas (up to eight per core) and keeps what they free for later instead of returning it: under the pages
/// benchmark the arenas held 53 MB of which 17 MB was in use (docs/performance.md, "Native memory under first views"). On other C
/// libraries (musl) and other systems every call here is a no-op.
/// </summary>
internal static class NativeHeap
{
    private static readonly Lazy<bool> Glibc = new(Probe);

    /// <summary>Whether the process allocates through glibc, the only allocator these calls apply to.</summary>
    public static bool IsGlibc => Glibc.Value;

    /// <summary>Returns the free pages of every arena to the system; true when some were returned.</summary>
    public static bool Trim() => IsGlibc && MallocTrim(0) == 1;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad(LibC, out var handle))
        {
            return false;
        }

        // gnu_get_libc_version exists only in glibc; musl has neither it nor malloc_trim.
        return NativeLibrary.TryGetExport(handle, "gnu_get_libc_version", out _) && NativeLibrary.TryGetExport(handle, "malloc_trim", out _);
    }

    // The versioned name: plain "libc.so" is a linker script on Debian, which dlopen cannot load.
    private const string LibC = "libc.so.6";

    // DllImport rather than LibraryImport: the signature is blittable, so there is nothing to generate, and the
    // project need not allow unsafe code for it.
    [DllImport(LibC, EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
