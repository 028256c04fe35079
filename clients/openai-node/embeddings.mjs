// Embeds a batch through zhiku serve with the official OpenAI client and checks the shapes.
// Usage: ZHIKU_BASE_URL=http://127.0.0.1:8765/v1 ZHIKU_TOKEN=... ZHIKU_MODEL=... ZHIKU_DIMENSION=512 node embeddings.mjs
import OpenAI from 'openai';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`set ${name}`);
    process.exit(2);
  }
  return value;
};
const client = new OpenAI({ baseURL: env('ZHIKU_BASE_URL'), apiKey: env('ZHIKU_TOKEN') });
const dimension = Number(env('ZHIKU_DIMENSION'));
const input = ['Mimi the cat slept beside the warm stove.', '杭州的一家小茶馆里有一只猫。'];
const response = await client.embeddings.create({ model: env('ZHIKU_MODEL'), input });
const problems = [];
if (response.data.length !== input.length) problems.push(`got ${response.data.length} vectors for ${input.length} texts`);
response.data.forEach((item, i) => {
  if (item.index !== i) problems.push(`data[${i}].index is ${item.index}`);
  if (item.embedding.length !== dimension) problems.push(`data[${i}] has ${item.embedding.length} dimensions, not ${dimension}`);
});
if (!(response.usage.prompt_tokens > 0)) problems.push(`usage.prompt_tokens is ${response.usage.prompt_tokens}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(JSON.stringify({ vectors: response.data.length, dimension: response.data[0].embedding.length,
  prompt_tokens: response.usage.prompt_tokens, first: response.data[0].embedding.slice(0, 3) }));
