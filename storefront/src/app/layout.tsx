import { Suspense, useEffect, useId, useState } from "react"
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { LanguageSelect } from "@/components/language-select"
import { CartLink } from "@/features/cart/components/cart-link"
import { CartSync } from "@/features/cart/components/cart-sync"
import { RegionPicker } from "@/features/regions/components/region-picker"
import { TrustLinks } from "@/features/trust-pages/components/trust-links"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { appMessages } from "./messages"
import { useShop } from "./shop-context"

/** Header, navigation and footer around every page; the page itself loads lazily into <main>. */
export function Layout() {
  const t = useMessages(appMessages)
  const { regionsQuery, regions, region, selectRegion, language, setLanguage } = useShop()
  // On a phone the header is one row (name, cart, Menu); the pages, region and language open from Menu.
  // Remembered with the page it was opened on, so following a link in it closes it.
  const { pathname } = useLocation()
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null)
  const menuOpen = menuOpenOn === pathname
  const menuId = useId()
  const brand = t("brand")
  // The tab reads in the shop's language too (index.html can only carry one).
  useEffect(() => {
    document.title = brand
  }, [brand])

  let page
  if (regionsQuery.isError) {
    page = (
      <ErrorState title={t("regionsError")} {...retryOf(regionsQuery)} />
    )
  } else if (regionsQuery.isSuccess && regions.length === 0) {
    page = (
      <div className="state">
        <p className="state__title">{t("closedTitle")}</p>
        <p>{t("closedBody")}</p>
      </div>
    )
  } else {
    page = (
      <Suspense fallback={<p className="state" role="status">{t("loadingPage")}</p>}>
        <Outlet />
      </Suspense>
    )
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <Link to="/" className="brand__name">
              {/* The full name does not fit one phone row beside the cart and Menu; the short one does. */}
              <span className="brand__full">{t("brand")}</span>
              <span className="brand__short" aria-hidden="true">
                {t("brandShort")}
              </span>
            </Link>
            <p className="brand__mission">{t("mission")}</p>
          </div>
          <div className="site-header__quick">
            <CartLink />
            <button
              type="button"
              className="site-header__menu-button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
            >
              {t("menu")}
            </button>
          </div>
          <div id={menuId} className="site-header__panel" data-open={menuOpen}>
            <nav aria-label={t("navShop")} className="site-nav">
              <NavLink to="/shop">{t("navShop")}</NavLink>
              <NavLink to="/cooperatives">{t("navCooperatives")}</NavLink>
              <NavLink to="/order">{t("navOrder")}</NavLink>
              <NavLink to="/account">{t("navAccount")}</NavLink>
            </nav>
            <div className="site-header__settings">
              <RegionPicker regions={regions} selectedId={region?.id} onSelect={selectRegion} loading={regionsQuery.isPending} />
              <div className="language-picker">
                <label htmlFor="language">{t("language")}</label>
                <LanguageSelect id="language" value={language} onChange={setLanguage} />
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {page}
      </main>
      <footer className="site-footer">
        <TrustLinks />
        <p>{t("footer")}</p>
      </footer>
      {/* The cart follows the buyer's region and language on every page: its prices are never in another currency, its lines never in another language. */}
      <CartSync regionId={region?.id} />
      <ScrollRestoration />
    </>
  )
}
