import { markup, Html } from './markup';

/** A DSFR table with its caption (screen readers announce it) and column headers. */
export function dataTable(caption: string, head: string[], rows: Html[], empty?: string): Html {
  const body = rows.length
    ? rows
    : [
        markup`<tr>
          <td colspan="${head.length}">${empty ?? '—'}</td>
        </tr>`,
      ];
  return markup`<div class="fr-table fr-mb-4w">
    <div class="fr-table__wrapper">
      <div class="fr-table__container">
        <div class="fr-table__content">
          <table>
            <caption>
              ${caption}
            </caption>
            <thead>
              <tr>
                ${head.map((h) => markup`<th scope="col">${h}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${body}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  </div>`;
}
