using System.Security.Cryptography;

namespace Inclusion.Cli;

/// <summary>
/// The output file of <c>validate --fix</c>: written to a temporary file in the target's folder (so that the final
/// move is atomic on one file system) and moved into place only by <see cref="Commit"/>; disposing without committing
/// deletes the temporary file and leaves an existing target as it was.
/// </summary>
internal sealed class FixTarget : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private bool committed;

    private FixTarget(string path, string temporary, FileStream stream)
    {
        this.path = path;
        this.temporary = temporary;
        Stream = stream;
    }

    /// <summary>The temporary file to write to; it stays open until <see cref="Commit"/> or <see cref="Dispose"/>.</summary>
    internal FileStream Stream { get; }

    /// <summary>Why <c>--fix <paramref name="fixPath"/></c> must not run on <paramref name="inputPath"/>, or <see langword="null"/> when it may.</summary>
    internal static string? Refusal(string inputPath, string fixPath, bool force, bool fr)
    {
        if (SameFile(inputPath, fixPath))
        {
            return fr
                ? $"--fix écrirait sur sa propre entrée ({fixPath}) : choisissez un autre fichier de sortie."
                : $"--fix would write over its own input ({fixPath}): choose another output file.";
        }

        if (Directory.Exists(fixPath))
        {
            return fr ? $"--fix : {fixPath} est un dossier ; donnez un chemin de fichier." : $"--fix: {fixPath} is a folder; give a file path.";
        }

        if (!force && (File.Exists(fixPath) || new FileInfo(fixPath).LinkTarget is not null))
        {
            return fr
                ? $"--fix : {fixPath} existe déjà ; ajoutez --force pour le remplacer."
                : $"--fix: {fixPath} already exists; add --force to replace it.";
        }

        return null;
    }

    /// <summary>Creates the temporary file <c>.&lt;name&gt;.&lt;random&gt;.tmp</c> beside <paramref name="path"/>.</summary>
    internal static FixTarget Create(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? full;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        return new FixTarget(full, temporary, stream);
    }

    /// <summary>Flushes the temporary file to disk and moves it to the target.</summary>
    /// <param name="overwrite">Whether an existing target may be replaced.</param>
    /// <exception cref="IOException">The target exists and <paramref name="overwrite"/> is false, or the move failed.</exception>
    internal void Commit(bool overwrite)
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(temporary, path, overwrite);
        committed = true;
    }

    /// <summary>Closes the temporary file and deletes it unless it was committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (committed)
        {
            return;
        }

        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error matters more than a leftover temporary file.
        }
    }

    /// <summary>
    /// Whether two paths name the same file: same full path once every symbolic link on the way is resolved
    /// (<c>./</c>, <c>../</c>, a linked folder or a link to the file). A hard link is not detected, but is harmless:
    /// the fixed file replaces the target's directory entry, never the input's content.
    /// </summary>
    internal static bool SameFile(string a, string b)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), comparison) || string.Equals(Canonical(a, 0), Canonical(b, 0), comparison);
    }

    private static string Canonical(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        if (depth > 32)
        {
            return full; // a loop of links: give up resolving
        }

        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(current).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is not null)
            {
                current = Canonical(Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root), depth + 1);
            }
        }

        return current;
    }
}
