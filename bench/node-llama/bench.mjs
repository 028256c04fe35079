// Benchmark peer only (never shipped or used by the product): a current llama.cpp through node-llama-cpp, on the
// same GGUF file and thread count as `zhiku bench llm`, measuring the same things the same way: prompt speed on a
// ~1,000-token prompt, decode speed over 128 tokens, and the first token of a ~512-token prompt, each prompt in
// the model's ChatML template with a system and a user turn, greedy sampling, a fresh sequence per measurement.
// Usage: node bench.mjs MODEL.gguf [THREADS] [RUNS]
import {readFileSync} from "node:fs";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const version = JSON.parse(readFileSync(new URL("./node_modules/node-llama-cpp/package.json", import.meta.url))).version;

const [modelPath, threadsArg = "2", runsArg = "3"] = process.argv.slice(2);
if (!modelPath) {
    console.error("usage: node bench.mjs MODEL.gguf [THREADS] [RUNS]");
    process.exit(2);
}
const threads = Number(threadsArg);
const runs = Number(runsArg);
const WORDS = ["the", "contract", "payment", "is", "due", "within", "thirty", "days", "of", "invoice", "and", "each",
    "party", "will", "use", "that", "word", "for", "all", "which", "can", "be"];

const t0 = performance.now();
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error, maxThreads: threads});
const model = await llama.loadModel({modelPath, gpuLayers: 0});
const loadMs = performance.now() - t0;
const context = await model.createContext({contextSize: 4096, batchSize: 512, threads, sequences: 1});
const sequence = context.getSequence();

function chatml(user) {
    return "<|im_start|>system\nYou answer from the documents.<|im_end|>\n<|im_start|>user\n" + user
        + "<|im_end|>\n<|im_start|>assistant\n";
}

function textOf(tag, tokens) {
    let s = tag + ":";
    let i = 0;
    while (model.tokenize(chatml(s), true).length < tokens) {
        for (let k = 0; k < 20; k++, i++) {
            s += " " + WORDS[(i * 7 + Math.floor(i / WORDS.length)) % WORDS.length];
        }
    }
    return chatml(s);
}

/** Evaluates a prompt on a cleared sequence; returns ms to the first new token and decode tokens/s after it. */
async function generate(prompt, maxTokens) {
    await sequence.clearHistory();
    const tokens = model.tokenize(prompt, true);
    const start = performance.now();
    let first = -1;
    let count = 0;
    for await (const token of sequence.evaluate(tokens, {temperature: 0})) {
        count++;
        if (first < 0) {
            first = performance.now();
        }
        if (count >= maxTokens) {
            break;
        }
    }
    const end = performance.now();
    return {promptTokens: tokens.length, firstMs: first - start,
        decodeTps: count > 1 ? (count - 1) / ((end - first) / 1000) : 0};
}

function median(values) {
    const v = [...values].sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
}

await generate(textOf("warm up", 16), 2);
const prompt = [], decode = [], ttft = [];
for (let r = 0; r < runs; r++) {
    const long = await generate(textOf("first" + r, 1000), 1);
    prompt.push(long.promptTokens * 1000 / long.firstMs);
    decode.push((await generate(textOf("second" + r, 16), 128)).decodeTps);
    ttft.push((await generate(textOf("third" + r, 512), 16)).firstMs);
}
console.log(JSON.stringify({engine: "node-llama-cpp " + version,
    threads, runs, loadMs: Math.round(loadMs), promptTokensPerSecond: median(prompt), decodeTokensPerSecond: median(decode),
    firstTokenMs512: Math.round(median(ttft))}));
await context.dispose();
await model.dispose();
await llama.dispose();
