import { jsonl, type ProjectTemplate } from './template.js';

type Thing = 'car' | 'person' | 'bicycle';
interface Placed {
  readonly thing: Thing;
  /** Position and size in percent of the 400×300 picture. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Simple drawings of each thing inside its box (viewBox units: 4 per % across, 3 per % down). */
function draw({ thing, x, y, width, height }: Placed): string {
  const [left, top, w, h] = [x * 4, y * 3, width * 4, height * 3];
  if (thing === 'car')
    return `<rect x="${left}" y="${top + h * 0.35}" width="${w}" height="${h * 0.45}" rx="8" fill="#dc2626"/><rect x="${left + w * 0.2}" y="${top}" width="${w * 0.55}" height="${h * 0.4}" rx="6" fill="#ef4444"/><circle cx="${left + w * 0.22}" cy="${top + h * 0.85}" r="${h * 0.15}" fill="#111827"/><circle cx="${left + w * 0.78}" cy="${top + h * 0.85}" r="${h * 0.15}" fill="#111827"/>`;
  if (thing === 'person')
    return `<circle cx="${left + w / 2}" cy="${top + h * 0.12}" r="${Math.min(w, h) * 0.12 + 2}" fill="#f59e0b"/><rect x="${left + w * 0.25}" y="${top + h * 0.25}" width="${w * 0.5}" height="${h * 0.45}" rx="4" fill="#2563eb"/><rect x="${left + w * 0.28}" y="${top + h * 0.7}" width="${w * 0.16}" height="${h * 0.3}" fill="#1e3a8a"/><rect x="${left + w * 0.56}" y="${top + h * 0.7}" width="${w * 0.16}" height="${h * 0.3}" fill="#1e3a8a"/>`;
  return `<circle cx="${left + w * 0.22}" cy="${top + h * 0.7}" r="${h * 0.28}" fill="none" stroke="#059669" stroke-width="4"/><circle cx="${left + w * 0.78}" cy="${top + h * 0.7}" r="${h * 0.28}" fill="none" stroke="#059669" stroke-width="4"/><path d="M${left + w * 0.22} ${top + h * 0.7} L${left + w * 0.45} ${top + h * 0.25} L${left + w * 0.78} ${top + h * 0.7} M${left + w * 0.45} ${top + h * 0.25} L${left + w * 0.6} ${top + h * 0.05}" stroke="#059669" stroke-width="4" fill="none"/>`;
}

/** A self-contained picture (an SVG data URL), so the sample works without any network. */
function picture(things: readonly Placed[]): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="800" height="600"><rect width="400" height="300" fill="#e0f2fe"/><rect y="210" width="400" height="90" fill="#9ca3af"/>${things.map(draw).join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const scenes: { things: Placed[]; predicted: number }[] = [
  {
    things: [
      { thing: 'car', x: 10, y: 55, width: 35, height: 25 },
      { thing: 'person', x: 65, y: 40, width: 12, height: 40 },
    ],
    predicted: 2,
  },
  {
    things: [
      { thing: 'bicycle', x: 20, y: 50, width: 30, height: 30 },
      { thing: 'person', x: 55, y: 35, width: 12, height: 45 },
      { thing: 'car', x: 72, y: 58, width: 25, height: 20 },
    ],
    predicted: 1, // the model missed two of three: a person adds them
  },
  { things: [{ thing: 'car', x: 30, y: 50, width: 45, height: 30 }], predicted: 0 },
];

/** Draw a box around every car, person and bicycle in a picture. */
export const imageBoxes: ProjectTemplate = {
  name: 'image-boxes',
  title: 'Image bounding boxes',
  description: 'Draw a labelled box around every object of interest in an image (object detection).',
  labelSchema: {
    questions: [
      {
        name: 'objects',
        type: 'bbox',
        title: 'Box every car, person and bicycle',
        field: 'image',
        labels: [
          { value: 'car', label: 'Car', hotkey: 'c' },
          { value: 'person', label: 'Person', hotkey: 'p' },
          { value: 'bicycle', label: 'Bicycle', hotkey: 'b' },
        ],
        maxBoxes: 50,
      },
    ],
  },
  guidelines: `# Boxes

Draw one box per object, as tight as the visible outline allows, and label it (**C** car,
**P** person, **B** bicycle). Press **N** for a new box with the keyboard. Include objects that
are partly hidden; skip ones smaller than a fingernail on screen. Fix the model's boxes rather
than drawing duplicates.
`,
  policy: { default: { action: 'review', k: 1, role: 'annotator' } },
  sample: {
    format: 'jsonl',
    content: jsonl(
      scenes.map((scene, i) => ({
        externalId: `image-${i + 1}`,
        data: { image: picture(scene.things) },
        ...(scene.predicted > 0
          ? {
              prediction: {
                objects: scene.things
                  .slice(0, scene.predicted)
                  .map(({ thing, x, y, width, height }) => ({ label: thing, x, y, width, height })),
              },
              confidence: 0.5,
            }
          : {}),
      })),
    ),
  },
};
