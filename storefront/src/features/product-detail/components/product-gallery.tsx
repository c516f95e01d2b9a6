import { useState } from "react"
import { useMessages } from "@/lib/i18n"
import { productDetailMessages } from "../messages"

// The seed's illustrations are square; the attributes reserve the space before they load.
const IMAGE_SIZE = 800
const THUMBNAIL_SIZE = 96

interface ProductGalleryProps {
  title: string
  /** Image URLs in display order. */
  images: readonly string[]
}

export function ProductGallery({ title, images }: ProductGalleryProps) {
  const t = useMessages(productDetailMessages)
  const [shown, setShown] = useState(0)
  const total = images.length
  const current = images[shown] ?? images[0]

  if (!current) return <div className="product-gallery__main product-gallery__main--missing" aria-hidden="true" />

  return (
    <div className="product-gallery">
      <img
        className="product-gallery__main"
        src={current}
        alt={total > 1 ? t("imageAlt", { title, n: shown + 1, total }) : title}
        width={IMAGE_SIZE}
        height={IMAGE_SIZE}
        decoding="async"
      />
      {total > 1 && (
        <ul className="product-gallery__thumbnails" aria-label={t("thumbnails", { title })}>
          {images.map((url, index) => (
            <li key={url}>
              <button
                type="button"
                className="product-gallery__thumbnail"
                aria-pressed={index === shown}
                onClick={() => setShown(index)}
              >
                <img
                  src={url}
                  alt={t("thumbnailAlt", { n: index + 1, total })}
                  width={THUMBNAIL_SIZE}
                  height={THUMBNAIL_SIZE}
                  loading="lazy"
                  decoding="async"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
