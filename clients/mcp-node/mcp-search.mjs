// Starts zhiku mcp over stdio with the official MCP TypeScript SDK, lists its tools, calls search_documents and
// prints a one-line JSON summary on standard output (the server's stderr goes to this process's stderr).
// Usage: ZHIKU_MCP_COMMAND='["/path/to/zhiku","mcp","--home","/path/to/home"]' ZHIKU_QUERY='...' node mcp-search.mjs
// Exits 2 on bad usage, 1 when the server misbehaves (no search_documents tool, a tool error, no cited passage).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';

const usage = (message) => {
  console.error(message);
  process.exit(2);
};
let command;
try {
  command = JSON.parse(process.env.ZHIKU_MCP_COMMAND ?? '');
} catch {
  usage('set ZHIKU_MCP_COMMAND to the server command line as a JSON array, e.g. ["zhiku","mcp","--home","/h"]');
}
if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === 'string')) {
  usage('ZHIKU_MCP_COMMAND must be a non-empty JSON array of strings');
}
const query = process.env.ZHIKU_QUERY || usage('set ZHIKU_QUERY to the search text');
const k = Number(process.env.ZHIKU_K ?? '5');

const transport = new StdioClientTransport({
  command: command[0],
  args: command.slice(1),
  env: getDefaultEnvironment(),
  stderr: 'inherit',
});
const client = new Client({ name: 'zhiku-mcp-node-check', version: '1.0.0' });
const problems = [];
let summary = {};
try {
  await client.connect(transport);
  const tools = (await client.listTools()).tools.map((tool) => tool.name);
  if (!tools.includes('search_documents')) problems.push(`no search_documents tool in ${JSON.stringify(tools)}`);
  const result = await client.callTool({ name: 'search_documents', arguments: { query, k } }, undefined,
    { timeout: 120000 });
  const text = (result.content ?? []).filter((part) => part.type === 'text').map((part) => part.text).join('\n');
  const passages = result.structuredContent?.passages ?? [];
  if (result.isError) problems.push(`search_documents returned an error: ${text}`);
  if (passages.length === 0) problems.push(`search_documents returned no passages: ${text}`);
  summary = {
    server: client.getServerVersion(),
    tools,
    passages: passages.length,
    firstPath: passages[0]?.path ?? null,
    firstCitation: passages[0]?.citation ?? null,
    firstText: text.split('\n')[0] ?? '',
  };
} catch (error) {
  problems.push(`MCP session failed: ${error?.stack ?? error}`);
} finally {
  await client.close().catch((error) => problems.push(`close failed: ${error}`));
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(JSON.stringify(summary));
