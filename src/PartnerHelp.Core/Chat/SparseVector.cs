namespace PartnerHelp.Core.Chat;

/// <summary>A feature vector: hashed feature indexes (sorted, distinct) and their L2-normalised values.</summary>
internal readonly record struct SparseVector(int[] Indexes, float[] Values);
