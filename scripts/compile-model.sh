#!/usr/bin/env bash
# Regenerates EF Core's compiled model of the SQLite database (src/PartnerHelp.Infrastructure/Persistence/CompiledModel),
# which the SQLite site loads at start instead of building the model (≈ 0.4 s of its cold start). Run it after any
# change to the entities or their mapping: tests/PartnerHelp.Infrastructure.Tests/Persistence/CompiledModelTests.cs
# fails until the compiled model matches the code again. PostgreSQL builds its model at start, as before.
# Needs the dotnet-ef tool at the EF Core version of Directory.Packages.props (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Design" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
tools="$PWD/artifacts/tools"
if ! "$tools/dotnet-ef" --version 2>/dev/null | grep -qx "$version"; then
  echo "==> installing dotnet-ef $version into artifacts/tools"
  dotnet tool update --tool-path "$tools" dotnet-ef --version "$version" >/dev/null
fi
out=src/PartnerHelp.Infrastructure/Persistence/CompiledModel
# The DesignTime configuration builds without the old compiled model (it may not compile against a changed model).
dotnet build tools/PartnerHelp.DesignTime -c DesignTime -nologo -clp:ErrorsOnly >/dev/null
rm -rf "$out"
"$tools/dotnet-ef" dbcontext optimize --no-build --configuration DesignTime \
  --project src/PartnerHelp.Infrastructure --startup-project tools/PartnerHelp.DesignTime \
  --context PartnerHelpDbContext --output-dir Persistence/CompiledModel --namespace PartnerHelp.Infrastructure.Persistence.CompiledModel >/dev/null
# The generated assembly attribute would make EF Core use this model for every context, PostgreSQL's too;
# SqliteCompiledModel names it for SQLite contexts instead.
rm "$out/PartnerHelpDbContextAssemblyAttributes.cs"
echo "==> $out: $(find "$out" -name '*.cs' | wc -l) files"
