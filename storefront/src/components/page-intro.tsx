/** A page's heading and the sentence under it; each page styles its own (`className`). */
export function PageIntro({ className, title, intro }: { className: string; title: string; intro: string }) {
  return (
    <div className={className}>
      <h1>{title}</h1>
      <p>{intro}</p>
    </div>
  )
}
