// The design-time startup project has nothing to run: see DesignTimeContextFactory and scripts/compile-model.sh.
return 0;
