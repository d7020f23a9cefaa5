// Each suite here runs whole sites (and sometimes PostgreSQL) as processes; one at a time keeps the figures honest
// on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
