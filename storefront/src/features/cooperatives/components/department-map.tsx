import { useId } from "react"
import { DEPARTMENTS_WEST_TO_EAST, departmentName, type DepartmentCode } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import { cooperativeMessages } from "../messages"
import { DEPARTMENT_PATHS, MAP_VIEW_BOX, departmentCentre } from "../utils/department-shapes"
import "./cooperatives.css"

interface DepartmentMapProps {
  highlighted: DepartmentCode
}

/** El Salvador's departments, drawn inline (no map tiles, no other host), one highlighted. */
export function DepartmentMap({ highlighted }: DepartmentMapProps) {
  const t = useMessages(cooperativeMessages)
  const titleId = useId()
  const [x, y] = departmentCentre(highlighted)
  return (
    <svg className="department-map" viewBox={MAP_VIEW_BOX} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{t("mapLabel", { department: departmentName(highlighted) })}</title>
      {DEPARTMENTS_WEST_TO_EAST.map((code) => (
        <path
          key={code}
          d={DEPARTMENT_PATHS[code]}
          className={code === highlighted ? "department-map__department department-map__department--highlighted" : "department-map__department"}
          data-department={code}
          data-highlighted={code === highlighted || undefined}
        >
          <title>{departmentName(code)}</title>
        </path>
      ))}
      {/* A dot as well as a colour, so the place is found without telling colours apart. */}
      <circle className="department-map__marker" cx={x} cy={y} r={9} aria-hidden="true" />
    </svg>
  )
}
