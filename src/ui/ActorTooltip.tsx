import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  kindName: string;
  alliances: number;
  x: number;
  y: number;
}

/** A short note over the actor under the pointer: who it is and how many alliances it has. */
export function ActorTooltip({ label, kindName, alliances, x, y }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actor-tooltip" style={{ left: x, top: y }} role="tooltip" data-testid="actor-tooltip">
      <strong>{label}</strong>
      <span>
        {kindName} · {t('tooltip.alliances', { count: alliances })}
      </span>
    </div>
  );
}
