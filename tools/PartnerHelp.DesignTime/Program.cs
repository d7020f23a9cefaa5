// The design-time startup project has nothing to run: see DesignTimeContextFactory, scripts/compile-model.sh and
// scripts/add-migration.sh.
return 0;
