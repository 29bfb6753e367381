#!/usr/bin/env bash
# Re-creates the specs checked in under examples/src/test/resources from the sample data in
# examples/src/main/resources/data, with the factoreally CLI. Run from anywhere:
#   examples/regenerate-specs.sh
# SpecsAreFreshTest fails when a checked-in spec differs from what these commands write.
set -euo pipefail
cd "$(dirname "$0")/.."

# The CLI jar and the example model classes (for --model), built fresh so the specs match the code.
mvn -B -q -DskipTests package -pl factoreally-cli,examples -am

data=examples/src/main/resources/data
specs=examples/src/test/resources
models=examples/target/classes

./factoreally create -q --in "$data/users.json" --out "$specs/user.spec.json" \
    --model io.factoreally.examples.users.User --classpath "$models"
./factoreally create -q --in "$data/ecommerce-events.json" --out "$specs/ecommerce-event.spec.json" \
    --model io.factoreally.examples.ecommerce.EcommerceEvent --classpath "$models"
./factoreally create -q --in "$data/countries.json" --out "$specs/country.spec.json" \
    --model io.factoreally.examples.countries.Country --classpath "$models"
./factoreally create -q --in "$data/github-webhooks.json" --out "$specs/github-webhook.spec.json"

echo "specs written to $specs" >&2
