using System.Runtime.InteropServices;
using PartnerHelp.Web.Hosting;

namespace PartnerHelp.Web.Tests.Hosting;

/// <summary>The C library's allocator through <see cref="NativeHeap"/>, on the real glibc of this machine.</summary>
public sealed class NativeHeapTests
{
    private const int BlockSize = 4096;
    private const int Blocks = 16_384; // 64 MB, in blocks well below glibc's mmap threshold, so they live in an arena

    [Fact]
    public void IsGlibc_OnThisLinuxMachine()
    {
        Assert.True(NativeHeap.IsGlibc, "The CI machines run Debian, whose C library is glibc.");
    }

    [Fact]
    public void Trim_ReturnsFreedArenaMemoryToTheSystem()
    {
        // A thread of its own allocates 64 MB in small blocks and frees all but every 64th one: the survivors keep the
        // arena from shrinking at its top, so glibc keeps the free pages resident, as it does for the JIT's scratch memory.
        long freedButResident = 0, afterTrim = 0;
        var trimmed = false;
        var thread = new Thread(() =>
        {
            var blocks = new nint[Blocks];
            var filler = new byte[BlockSize];
            Array.Fill(filler, (byte)0x5A);
            for (var i = 0; i < Blocks; i++)
            {
                // AllocHGlobal is malloc on Unix; writing the block makes its pages resident.
                blocks[i] = Marshal.AllocHGlobal(BlockSize);
                Marshal.Copy(filler, 0, blocks[i], BlockSize);
            }

            for (var i = 0; i < Blocks; i++)
            {
                if (i % 64 != 0)
                {
                    Marshal.FreeHGlobal(blocks[i]);
                }
            }

            freedButResident = ResidentAnonymousKilobytes();
            trimmed = NativeHeap.Trim();
            afterTrim = ResidentAnonymousKilobytes();

            for (var i = 0; i < Blocks; i += 64)
            {
                Marshal.FreeHGlobal(blocks[i]);
            }
        });
        thread.Start();
        thread.Join();

        Assert.True(trimmed, "malloc_trim returned no pages although 63 MB had been freed.");
        // Other tests allocate at the same time, so only most of the 63 MB is required back.
        Assert.True(freedButResident - afterTrim > 32 * 1024, $"Resident anonymous memory went from {freedButResident} kB to {afterTrim} kB.");
    }

    private static long ResidentAnonymousKilobytes()
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
