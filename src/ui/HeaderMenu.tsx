import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './header.css';

/** Outside the menu, but not in a dialog opened from it (Share, About): there the menu stays open behind. */
function outside(menu: HTMLElement, target: EventTarget | null): boolean {
  return target instanceof Node && !menu.contains(target) && !(target instanceof Element && target.closest('dialog'));
}

/**
 * The header's actions: a row of buttons on a wide screen; on a phone, a « Menu » button that
 * shows them as a panel (a disclosure, so every control keeps its name and role). Escape, a touch
 * outside or the focus leaving closes it, and the focus returns to the button. A click on a
 * control marked `data-closes-menu` (one that changes the screen: present, stories, a view)
 * closes it too.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = () => {
    const menu = menuRef.current;
    if (menu && document.activeElement && menu.contains(document.activeElement)) buttonRef.current?.focus();
    setOpen(false);
  };

  useEffect(() => {
    const menu = menuRef.current;
    if (!open || !menu) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (outside(menu, event.target)) setOpen(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && outside(menu, event.relatedTarget)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    menu.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      menu.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (open && event.target instanceof Element && event.target.closest('[data-closes-menu]')) close();
  };

  return (
    // Keys and clicks from the controls inside bubble here; the controls keep their own roles.
    <div className="app-menu" ref={menuRef} onKeyDown={onKeyDown} onClick={onClick}>
      <button
        ref={buttonRef}
        type="button"
        className="app-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('header.menu')}
        onClick={() => setOpen((was) => !was)}
        data-testid="header-menu-button"
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="app-menu-label">{t('header.menu')}</span>
      </button>
      <div id={panelId} className={open ? 'app-actions is-open' : 'app-actions'} data-testid="header-menu">
        {children}
      </div>
    </div>
  );
}
