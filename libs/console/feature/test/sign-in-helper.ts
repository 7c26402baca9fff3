import type { Page } from 'playwright-core';
import type { ConsoleTestStack } from './console-test-stack';

/**
 * Signs an organiser in as a person would: the sign-in form, the link read from the email the SMTP
 * catcher received, the link's page and its button. Creates the organiser (with the ADMIN_TOKEN) first
 * when `create` is given a name. Leaves the page on the console's first page after sign-in.
 */
export async function signInByLink(stack: ConsoleTestStack, page: Page, email: string, create?: string): Promise<void> {
  if (create) await stack.membership.newOrganiser(create, email);
  const before = stack.notifications.mail.messages({ to: email }).length;
  await page.goto(stack.at('/console/sign-in'));
  await page.getByLabel(/Adresse e-mail|Email address/).fill(email);
  await page.getByRole('button', { name: /Recevoir un lien de connexion|Send me a sign-in link/ }).click();
  const link = await stack.consoleLinkMailedTo(email, before);
  await page.goto(link);
  await page.getByRole('button', { name: /Me connecter|Sign me in/ }).click();
  await page.waitForURL(/\/console\/communities/);
}
