import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useMe } from "../api/get-me"
import { portalMessages } from "../messages"
import { PORTAL_TABS, type PortalTab } from "../utils/tabs"
import { EarningsPanel } from "./earnings-panel"
import { InventoryPanel } from "./inventory-panel"
import { OrdersPanel } from "./orders-panel"
import { PortalError } from "./portal-error"

const TAB_LABEL = { inventory: "tabInventory", orders: "tabOrders", earnings: "tabEarnings" } as const

interface PortalHomeProps {
  tab: PortalTab
  locale: string
}

/** Who is signed in, the three sections and the open one. Each section loads only when opened. */
export function PortalHome({ tab, locale }: PortalHomeProps) {
  const t = useMessages(portalMessages)
  const me = useMe()

  return (
    <>
      <div className="coop-who">
        {me.isPending && (
          <div aria-hidden="true">
            <div className="skeleton skeleton--line skeleton--short" />
          </div>
        )}
        {me.isError && <PortalError title={t("meError")} {...retryOf(me)} />}
        {me.data && (
          <>
            <h1 className="coop-who__cooperative">{me.data.cooperative?.name ?? t("portalName")}</h1>
            <p className="coop-muted">{t("greeting", { name: me.data.coordinator.name || me.data.coordinator.email })}</p>
            {!me.data.cooperative && <p className="coop-notice coop-notice--warning">{t("noCooperative")}</p>}
          </>
        )}
      </div>
      <nav className="coop-tabs" aria-label={t("sections")}>
        {PORTAL_TABS.map((name) => (
          <Link key={name} to={{ search: `?tab=${name}` }} className="coop-tabs__tab" aria-current={name === tab ? "page" : undefined}>
            {t(TAB_LABEL[name])}
          </Link>
        ))}
      </nav>
      <div className="coop-panel">
        {tab === "inventory" && <InventoryPanel />}
        {tab === "orders" && <OrdersPanel locale={locale} />}
        {tab === "earnings" && <EarningsPanel locale={locale} />}
      </div>
    </>
  )
}
