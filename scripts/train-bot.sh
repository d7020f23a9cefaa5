#!/usr/bin/env bash
# Retrains the help bot's recognizer offline and writes the model the site ships and loads at start
# (src/PartnerHelp.Core/Chat/recognizer.model, embedded in PartnerHelp.Core). Run it after changing the utterances
# (src/PartnerHelp.Core/Chat/utterances.tsv), the site's translated strings (Resources/, the language model reads
# them) or the trainer and features (src/PartnerHelp.Core/Chat): tests/PartnerHelp.Web.Tests/Bot/RecognizerModelTests.cs
# fails until the shipped model matches them again. Then commit the model with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tools/PartnerHelp.BotTrainer -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet tools/PartnerHelp.BotTrainer/bin/Release/net10.0/PartnerHelp.BotTrainer.dll src/PartnerHelp.Core/Chat/recognizer.model
