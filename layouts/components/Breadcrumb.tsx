/** The way from the home page to this page, as the JSON-LD breadcrumb describes it; the last step is the page itself. */
export function Breadcrumb({ trail }: { trail: readonly { name: string; path: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label="Sie sind hier">
      <ol role="list">
        {trail.map((step, index) =>
          index === trail.length - 1 ? (
            <li key={step.path} aria-current="page">
              {step.name}
            </li>
          ) : (
            <li key={step.path}>
              <a href={step.path}>{step.name}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
