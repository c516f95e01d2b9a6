/**
 * Settings → Trust pages: about CIS, shipping, returns, privacy and contact,
 * in English and Spanish. The storefront links them from its footer and
 * shows the shipping and returns summaries beside Add to cart.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Table } from "@medusajs/ui"
import type { TrustPageSlug } from "../../../../lib/trust-pages"
import { SettingsPage } from "../../../components/settings-page"
import { TrustPageDrawer } from "../../../components/trust-page-drawer"
import { formatDateTime } from "../../../lib/format"
import { useTrustPages, type AdminTrustPage } from "../../../lib/trust-pages-api"

const NAMES: Record<TrustPageSlug, string> = {
  about: "About CIS",
  shipping: "Shipping",
  returns: "Returns",
  privacy: "Privacy",
  contact: "Contact",
}

function lastEdit(page: AdminTrustPage): string | undefined {
  const dates = [page.en?.updated_at, page.es?.updated_at].filter((date): date is string => Boolean(date)).sort()
  return dates[dates.length - 1]
}

const TrustPagesSettingsPage = () => {
  const pages = useTrustPages()
  return (
    <SettingsPage
      title="Trust pages"
      description="The pages buyers read before they trust a shop: who CIS is, shipping times and costs, returns, privacy and contact. Changes show on the storefront at once."
      query={pages}
      what="the trust pages"
    >
      {({ trust_pages }) => (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Page</Table.HeaderCell>
                <Table.HeaderCell>English title</Table.HeaderCell>
                <Table.HeaderCell>Spanish title</Table.HeaderCell>
                <Table.HeaderCell>Last edited</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {trust_pages.map((page) => {
                const edited = lastEdit(page)
                return (
                  <Table.Row key={page.slug}>
                    <Table.Cell>{NAMES[page.slug]}</Table.Cell>
                    <Table.Cell>{page.en?.title ?? <Badge color="red" size="2xsmall">Missing</Badge>}</Table.Cell>
                    <Table.Cell>{page.es?.title ?? <Badge color="red" size="2xsmall">Missing</Badge>}</Table.Cell>
                    <Table.Cell>{edited ? formatDateTime(edited) : "-"}</Table.Cell>
                    <Table.Cell className="text-right">
                      <TrustPageDrawer page={page} name={NAMES[page.slug]} />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </SettingsPage>
  )
}

export const config = defineRouteConfig({ label: "Trust pages", icon: DocumentText })

export const handle = { breadcrumb: () => "Trust pages" }

export default TrustPagesSettingsPage
