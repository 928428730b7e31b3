export type EmbedTag = 'course-schedule' | 'session-card' | 'register-button' | 'countdown-timer';
export interface EmbedOptions {
  mode: 'src' | 'inline';
  src?: string;
  tag?: EmbedTag;
  scriptUrl?: string;
}

export const DEFAULT_SCRIPT_URL = 'https://unpkg.com/course-widgets/dist/cdn/course-widgets.js';

export function embedSnippet(courseJson: unknown, options: EmbedOptions): string {
  const tag = options.tag ?? 'course-schedule';
  const script = `<script type="module" src="${options.scriptUrl ?? DEFAULT_SCRIPT_URL}"></script>`;
  if (options.mode === 'src')
    return `${script}\n<${tag} src="${options.src ?? 'course.json'}"></${tag}>\n`;
  const json = JSON.stringify(courseJson, null, 2).replace(/</g, '\\u003c');
  return `${script}\n<${tag}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>\n`;
}
