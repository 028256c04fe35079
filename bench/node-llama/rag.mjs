// Benchmark peer only (never shipped or used by the product): replays the prompts that
// `zhiku bench llm --rag HOME --prompts-out FILE` measured, on a current llama.cpp through node-llama-cpp, same GGUF
// file and threads. Each prompt is rendered in ChatML (the synthetic models' template) and its first
// `cachedTokens` tokens are evaluated untimed first, as Zhiku's KV cache had them; the time to the first new token
// is measured from the rest, as Zhiku's "model first token" is. Prints one JSON line with both engines' p50/p95.
// Usage: node rag.mjs MODEL.gguf PROMPTS.jsonl [THREADS]
import {readFileSync} from "node:fs";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const version = JSON.parse(readFileSync(new URL("./node_modules/node-llama-cpp/package.json", import.meta.url))).version;
const [modelPath, promptsPath, threadsArg = "2"] = process.argv.slice(2);
if (!modelPath || !promptsPath) {
    console.error("usage: node rag.mjs MODEL.gguf PROMPTS.jsonl [THREADS]");
    process.exit(2);
}
const threads = Number(threadsArg);
const prompts = readFileSync(promptsPath, "utf8").split("\n").filter(l => l.trim()).map(l => JSON.parse(l));
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error, maxThreads: threads});
const model = await llama.loadModel({modelPath, gpuLayers: 0});
const context = await model.createContext({contextSize: 4096, batchSize: 512, threads, sequences: 1});
const sequence = context.getSequence();

function chatml(messages) {
    return messages.map(m => "<|im_start|>" + m.role + "\n" + m.content + "<|im_end|>\n").join("")
        + "<|im_start|>assistant\n";
}

async function firstToken(p) {
    await sequence.clearHistory();
    const tokens = model.tokenize(chatml(p.messages), true);
    const cached = Math.min(p.cachedTokens, tokens.length - 1);
    if (cached > 0) {
        await sequence.evaluateWithoutGeneratingNewTokens(tokens.slice(0, cached));
    }
    const start = performance.now();
    for await (const token of sequence.evaluate(tokens.slice(cached), {temperature: 0})) {
        break;
    }
    return {ms: performance.now() - start, tokens: tokens.length, cached};
}

function percentile(values, p) {
    const v = [...values].sort((a, b) => a - b);
    return v[Math.max(0, Math.min(v.length - 1, Math.ceil(p * v.length) - 1))];
}

await firstToken({messages: [{role: "user", content: "warm up"}], cachedTokens: 0});
const node = [], zhiku = [], tokens = [];
for (const p of prompts) {
    const r = await firstToken(p);
    node.push(r.ms);
    zhiku.push(p.firstTokenMs);
    tokens.push(r.tokens - r.cached);
}
console.log(JSON.stringify({engine: "node-llama-cpp " + version, threads, prompts: prompts.length,
    uncachedTokensP50: percentile(tokens, 0.5),
    nodeFirstTokenP50: Math.round(percentile(node, 0.5)), nodeFirstTokenP95: Math.round(percentile(node, 0.95)),
    zhikuFirstTokenP50: percentile(zhiku, 0.5), zhikuFirstTokenP95: percentile(zhiku, 0.95)}));
await context.dispose();
await model.dispose();
await llama.dispose();
