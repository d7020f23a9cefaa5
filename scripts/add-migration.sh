#!/usr/bin/env bash
# Adds an EF Core migration for both providers after a change to the entities or their mapping:
#   ./scripts/add-migration.sh AddSomething
# writes src/PartnerHelp.Infrastructure/Persistence/Migrations/{Sqlite,PostgreSql}/<timestamp>_AddSomething.cs (with its
# .Designer.cs) and updates each provider's model snapshot, then regenerates the SQLite compiled model. Read both
# migrations before committing: EF Core writes schema changes only, so a backfill of existing rows is added by hand
# (migrationBuilder.Sql in Up). MigrationTests fails while the model has changes no migration covers.
# Needs the dotnet-ef tool at the EF Core version of Directory.Packages.props (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
version=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Design" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
tools="$PWD/artifacts/tools"
if ! "$tools/dotnet-ef" --version 2>/dev/null | grep -qx "$version"; then
  echo "==> installing dotnet-ef $version into artifacts/tools"
  dotnet tool update --tool-path "$tools" dotnet-ef --version "$version" >/dev/null
fi
# The DesignTime configuration builds without the compiled model, which may not compile against a changed model.
dotnet build tools/PartnerHelp.DesignTime -c DesignTime -nologo -clp:ErrorsOnly >/dev/null
migrations=src/PartnerHelp.Infrastructure/Persistence/Migrations
id=
for provider in Sqlite PostgreSql; do
  echo "==> $provider"
  "$tools/dotnet-ef" migrations add "$name" --no-build --configuration DesignTime \
    --project src/PartnerHelp.Infrastructure --startup-project tools/PartnerHelp.DesignTime --context PartnerHelpDbContext \
    --output-dir "Persistence/Migrations/$provider" --namespace "PartnerHelp.Infrastructure.Persistence.Migrations.$provider" \
    -- --provider "$provider"
  # Both providers' migrations carry the first one's id (its timestamp), so the two sets list the same migrations.
  written=$(ls "$migrations/$provider" | sed -n "s/^\([0-9]\{14\}\)_${name}\.cs$/\1/p" | sort | tail -1)
  id=${id:-$written}
  if [ "$written" != "$id" ]; then
    sed -i "s/\"${written}_${name}\"/\"${id}_${name}\"/" "$migrations/$provider/${written}_${name}.Designer.cs"
    mv "$migrations/$provider/${written}_${name}.cs" "$migrations/$provider/${id}_${name}.cs"
    mv "$migrations/$provider/${written}_${name}.Designer.cs" "$migrations/$provider/${id}_${name}.Designer.cs"
  fi
  # The next provider's run loads the assembly again: build it with this migration in it.
  dotnet build tools/PartnerHelp.DesignTime -c DesignTime -nologo -clp:ErrorsOnly >/dev/null
done
./scripts/compile-model.sh
