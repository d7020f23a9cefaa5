using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerHelp.Infrastructure.Persistence;

/// <summary>
/// The migrations of the provider the context runs on. One context type serves both providers, and each provider has
/// its own migrations and model snapshot in this assembly, in its own namespace (<c>Persistence/Migrations/Sqlite</c>,
/// <c>Persistence/Migrations/PostgreSql</c>). EF Core's own lookup takes every migration of the context type in the
/// assembly, which would mix the two sets; this one takes the active provider's namespace only. The site, the
/// design-time tools (<c>scripts/add-migration.sh</c>) and the tests all see the migrations through it.
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _namespace = NamespaceFor(currentContext.Context.Database);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    /// <inheritdoc />
    public Assembly Assembly => typeof(PartnerHelpDbContext).Assembly;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= new SortedList<string, TypeInfo>(
        Types(typeof(Migration)).ToDictionary(
            t => t.GetCustomAttribute<MigrationAttribute>()?.Id ?? throw new InvalidOperationException($"Migration {t.FullName} has no [Migration] id."),
            t => t,
            StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <inheritdoc />
    public ModelSnapshot? ModelSnapshot => _snapshot ??= Types(typeof(ModelSnapshot)).Select(t => (ModelSnapshot)Activator.CreateInstance(t)!).SingleOrDefault();

    /// <summary>The namespace holding the migrations of the provider <paramref name="database"/> runs on.</summary>
    public static string NamespaceFor(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var provider = database.IsNpgsql() ? DatabaseProvider.PostgreSql
            : database.IsSqlite() ? DatabaseProvider.Sqlite
            : throw new NotSupportedException($"No migrations for provider {database.ProviderName}.");
        return $"{typeof(PartnerHelpDbContext).Namespace}.Migrations.{provider}";
    }

    /// <inheritdoc />
    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id => ids.IsValidId(nameOrId)
        ? string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        : string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <inheritdoc />
    public void AddMigrations(Assembly additionalMigrationsAssembly) =>
        throw new NotSupportedException("PartnerHelp's migrations live in PartnerHelp.Infrastructure only.");

    private IEnumerable<TypeInfo> Types(Type baseType) => Assembly.DefinedTypes.Where(t =>
        !t.IsAbstract
        && t.IsSubclassOf(baseType)
        && string.Equals(t.Namespace, _namespace, StringComparison.Ordinal)
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
}
