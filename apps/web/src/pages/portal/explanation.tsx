/** How an answer was worked out: each step with the article it rests on. */
export function Explanation({ steps }: { steps: readonly { article: string; text: string }[] }) {
  return (
    <ol className="explanation">
      {steps.map((s) => (
        <li key={`${s.article}|${s.text}`}>
          {s.text}
          <span className="article">{s.article}</span>
        </li>
      ))}
    </ol>
  );
}
