namespace PartnerHelp.Core.Reservations;

/// <summary>Azure reservation product families; exchanges stay within one family.</summary>
public enum ReservationType
{
    /// <summary>Virtual machines.</summary>
    VirtualMachines = 0,

    /// <summary>SQL Database.</summary>
    SqlDatabase = 1,

    /// <summary>Azure Cosmos DB.</summary>
    CosmosDb = 2,

    /// <summary>App Service.</summary>
    AppService = 3,
}
