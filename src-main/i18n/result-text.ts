/** What one browser result page says: a heading and what to do next. */
export interface ResultText {
  heading: string;
  detail: string;
}
