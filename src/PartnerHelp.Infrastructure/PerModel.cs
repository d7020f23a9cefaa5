using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartnerHelp.Infrastructure;

/// <summary>
/// One instance of <typeparamref name="T"/> (a set of compiled queries) per EF Core model. A compiled query binds to
/// the model it first ran with, and a process can hold two: SQLite's compiled model and PostgreSQL's, as the test
/// suites do. A site uses one, so this is one lookup per call.
/// </summary>
internal static class PerModel<T> where T : class, new()
{
    private static readonly ConditionalWeakTable<IModel, T> Instances = [];

    /// <summary>The instance for <paramref name="db"/>'s model.</summary>
    public static T For(DbContext db) => Instances.GetValue(db.Model, static _ => new T());
}
