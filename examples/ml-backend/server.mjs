// A small ML backend for Tandem (and Label Studio): a keyword classifier in plain Node, no
// dependencies. It speaks Label Studio's ML backend API (GET /health, POST /setup, POST /predict
// with `tasks`, POST /webhook with `action`) and Tandem's JSON variant (POST /predict with
// `items`, POST /webhook with `event`). It learns online: every labelled example's words count
// towards its label; START_TRAINING (or `event: train`) publishes the counts as a new version.
//
//   node examples/ml-backend/server.mjs [--port 9090] [--host 127.0.0.1] [--token SECRET]
//
// With --token, every request must carry `Authorization: Bearer SECRET`.
import http from 'node:http';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};

/** Seed words per label, so the model says something before it has seen a label. */
const SEED = {
  spam: ['free', 'win', 'winner', 'cash', 'prize', 'offer', 'viagra', 'money', 'click', 'discount', 'cheap'],
  ham: ['meeting', 'agenda', 'project', 'review', 'report', 'team', 'lunch', 'notes', 'tomorrow', 'thanks'],
};

export function createModel() {
  /** word → label → count; `pending` gathers labels until the next training publishes them. */
  const published = new Map();
  const pending = [];
  let version = 1;
  const add = (counts, text, label) => {
    for (const word of words(text)) {
      const row = counts.get(word) ?? new Map();
      row.set(label, (row.get(label) ?? 0) + 1);
      counts.set(word, row);
    }
  };
  for (const [label, list] of Object.entries(SEED)) add(published, list.join(' '), label);

  return {
    get version() {
      return `keywords-${version}`;
    },
    learn(text, label) {
      pending.push([text, label]);
    },
    train() {
      for (const [text, label] of pending.splice(0)) add(published, text, label);
      version++;
    },
    /** Scores per label (add-one smoothed votes of the text's known words), best first. */
    predict(text, labels) {
      const votes = new Map(labels.map((l) => [l, 1]));
      for (const word of words(text)) {
        const row = published.get(word);
        if (!row) continue;
        for (const [label, n] of row) if (votes.has(label)) votes.set(label, votes.get(label) + n);
      }
      const total = [...votes.values()].reduce((a, b) => a + b, 0);
      return labels.map((l) => [l, votes.get(l) / total]).sort((a, b) => b[1] - a[1]);
    },
  };
}

function words(text) {
  return (
    String(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Every string in the task's data, joined: the evidence. */
function textOf(data) {
  const parts = [];
  const walk = (v) => {
    if (typeof v === 'string') parts.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(data);
  return parts.join('\n');
}

/** The first Choices control of a Label Studio config: its name, target and options. */
function choicesOf(xml) {
  const control = /<Choices\b([^>]*)>([\s\S]*?)<\/Choices>/i.exec(String(xml ?? ''));
  if (!control) return undefined;
  const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(control[1])?.[1];
  const options = [...control[2].matchAll(/<Choice\b[^>]*\bvalue="([^"]*)"/gi)].map((m) => m[1]);
  return { name: attr('name'), toName: attr('toName'), options };
}

export function createBackend(options = {}) {
  const model = createModel();
  const token = options.token;
  const log = options.log ?? (() => {});

  const routes = {
    'GET /health': () => ({ status: 'UP', model_class: 'KeywordClassifier', version: model.version }),
    'GET /': () => ({ status: 'UP', model_class: 'KeywordClassifier', version: model.version }),
    'POST /setup': () => ({ model_version: model.version }),
    'POST /predict': (body) => {
      if (Array.isArray(body.items)) {
        // Tandem's JSON variant.
        return {
          predictions: body.items.map((item) => {
            const scores = Object.fromEntries(model.predict(textOf(item.data), body.options ?? []));
            return { id: item.id, scores, version: model.version };
          }),
        };
      }
      const control = choicesOf(body.label_config);
      if (!control) return { results: [] };
      return {
        results: (body.tasks ?? []).map((task) => {
          const [[label, score]] = model.predict(textOf(task.data), control.options);
          return {
            result: [
              { from_name: control.name, to_name: control.toName, type: 'choices', value: { choices: [label] } },
            ],
            score,
            model_version: model.version,
          };
        }),
      };
    },
    'POST /webhook': (body) => {
      const event = body.action ?? body.event;
      if (event === 'START_TRAINING' || event === 'train') {
        model.train();
        return { status: 'ok', result: { model_version: model.version } };
      }
      if (event === 'ANNOTATION_CREATED' || event === 'ANNOTATION_UPDATED') {
        const choice = body.annotation?.result?.find((r) => r.value?.choices)?.value.choices[0];
        if (choice) model.learn(textOf(body.task?.data), choice);
        return { status: 'ok' };
      }
      if (event === 'decision') {
        if (typeof body.answer === 'string') model.learn(textOf(body.item?.data), body.answer);
        return { status: 'ok' };
      }
      return { status: 'Unknown event' };
    },
  };

  return http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status, value) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      if (token && request.headers.authorization !== `Bearer ${token}`) return send(401, { error: 'unauthorized' });
      const route = routes[`${request.method} ${request.url?.split('?')[0]}`];
      if (!route) return send(404, { error: 'not found' });
      let body = {};
      try {
        if (chunks.length > 0) body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, { error: 'invalid JSON' });
      }
      log(`${request.method} ${request.url}`);
      send(request.method === 'POST' && request.url === '/webhook' ? 201 : 200, route(body));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const host = option('host', '127.0.0.1');
  const server = createBackend({ token: option('token') });
  server.listen(Number(option('port', 9090)), host, () => {
    const { port } = server.address();
    console.log(`ML backend listening on http://${host}:${port}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
