// Validates the document given as the first argument with swagger-parser (schema and references), then prints OK.
// Redocly's linter runs separately (npx redocly lint) with the rules in redocly.yaml.
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
try {
  const api = await SwaggerParser.validate(file);
  console.log(`swagger-parser: ${api.info.title} ${api.info.version} is valid (${Object.keys(api.paths).length} paths)`);
} catch (e) {
  console.error(`swagger-parser: ${e.message}`);
  process.exit(1);
}
