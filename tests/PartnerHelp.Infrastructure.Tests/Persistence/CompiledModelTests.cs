using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PartnerHelp.Infrastructure.Persistence;
using PartnerHelp.Infrastructure.Persistence.CompiledModel;

namespace PartnerHelp.Infrastructure.Tests.Persistence;

/// <summary>
/// The SQLite site starts on the compiled model in Persistence/CompiledModel instead of building the model at every
/// start. It must describe exactly what the code describes: when this fails, run <c>./scripts/compile-model.sh</c>.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void SqliteContexts_UseTheCompiledModel()
    {
        using var db = TestDatabases.Context(TestDatabases.SqliteFile(":memory:"));
        Assert.Same(PartnerHelpDbContextModel.Instance, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Model);
    }

    [Fact]
    public void CompiledModel_DescribesTheModelTheCodeBuilds()
    {
        using var compiled = TestDatabases.Context(TestDatabases.SqliteFile(":memory:"));
        using var fromCode = new PartnerHelpDbContext(new DbContextOptionsBuilder<PartnerHelpDbContext>().UseSqlite("Data Source=:memory:").Options);

        var expected = Describe(fromCode.GetService<IDesignTimeModel>().Model);
        var actual = Describe(compiled.Model);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (entity, lines) in expected)
        {
            Assert.True(lines.SequenceEqual(actual[entity]), $"{entity} differs from the compiled model; run ./scripts/compile-model.sh.\nexpected:\n{string.Join('\n', lines)}\ncompiled:\n{string.Join('\n', actual[entity])}");
        }
    }

    /// <summary>Per entity type: its table, columns (type, store type, nullability, converter, generation), keys, indexes, foreign keys and navigations.</summary>
    private static Dictionary<string, List<string>> Describe(IModel model) =>
        model.GetEntityTypes().ToDictionary(e => e.Name, entity =>
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var lines = new List<string> { $"table {entity.GetTableName()}" };
            lines.AddRange(entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
                $"property {p.Name} {p.ClrType.Name} column {p.GetColumnName(table)} {p.GetColumnType()} nullable {p.IsNullable} " +
                $"converter {p.GetValueConverter()?.GetType().Name} generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken} max {p.GetMaxLength()} precision {p.GetPrecision()},{p.GetScale()}"));
            lines.AddRange(entity.GetKeys().Select(k => $"key {Names(k.Properties)} primary {k.IsPrimaryKey()}").Order(StringComparer.Ordinal));
            lines.AddRange(entity.GetIndexes().Select(i => $"index {i.GetDatabaseName()} {Names(i.Properties)} unique {i.IsUnique} filter {i.GetFilter()}").Order(StringComparer.Ordinal));
            lines.AddRange(entity.GetForeignKeys().Select(f => $"foreign key {Names(f.Properties)} -> {f.PrincipalEntityType.Name} {Names(f.PrincipalKey.Properties)} {f.DeleteBehavior} required {f.IsRequired}").Order(StringComparer.Ordinal));
            lines.AddRange(entity.GetNavigations().Select(n => $"navigation {n.Name} -> {n.TargetEntityType.Name} collection {n.IsCollection}").Order(StringComparer.Ordinal));
            return lines;
        });

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
