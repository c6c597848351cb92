using System.IO;

namespace LiveAccess.Core.Matrix;

/// <summary>Writes a <see cref="CategoryMatrix"/> in one format.</summary>
public interface IMatrixWriter
{
    /// <summary>Writes the whole matrix to <paramref name="output"/>.</summary>
    void Write(CategoryMatrix matrix, TextWriter output);
}
