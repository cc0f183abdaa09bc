// Creates or drops a test database on a PostgreSQL server (used by .ci/run; no psql needed).
// usage: node scripts/test-db.mjs create|drop <admin-url> <name>
import pg from 'pg';

const [command, adminUrl, name] = process.argv.slice(2);
if (!['create', 'drop'].includes(command) || !adminUrl || !/^[a-z_][a-z0-9_]{0,62}$/.test(name ?? '')) {
  console.error('usage: node scripts/test-db.mjs create|drop <admin-url> <name>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
try {
  await client.query(command === 'create' ? `CREATE DATABASE ${name}` : `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} finally {
  await client.end();
}
