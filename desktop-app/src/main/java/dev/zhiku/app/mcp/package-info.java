/**
 * The Model Context Protocol server (issue 15): Zhiku's search exposed to other AI tools through the official
 * MCP Java SDK. Used by the command line ({@code zhiku mcp}); must not depend on ui or cli.
 */
package dev.zhiku.app.mcp;
