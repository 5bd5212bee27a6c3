import { describe, expect, it } from 'vitest';
import { Signal } from '../../src-main/events/signal.ts';

describe('a signal', () => {
  it('tells every listener, in the order they subscribed, before fire returns', () => {
    const signal = new Signal<string>();
    const heard: string[] = [];
    signal.subscribe((value) => heard.push(`first ${value}`));
    signal.subscribe((value) => heard.push(`second ${value}`));

    signal.fire('a');

    expect(heard).toEqual(['first a', 'second a']);
  });

  it('stops telling a listener that unsubscribed, and only that one, even the same function subscribed twice', () => {
    const signal = new Signal<number>();
    const heard: number[] = [];
    const listener = (value: number) => heard.push(value);
    const unsubscribe = signal.subscribe(listener);
    signal.subscribe(listener);

    unsubscribe();
    signal.fire(1);

    expect(heard).toEqual([1]);
  });

  it('lets a listener unsubscribe while the signal fires without skipping the others', () => {
    const signal = new Signal<number>();
    const heard: string[] = [];
    const unsubscribeFirst = signal.subscribe(() => {
      heard.push('first');
      unsubscribeFirst();
    });
    signal.subscribe(() => heard.push('second'));

    signal.fire(1);
    signal.fire(2);

    expect(heard).toEqual(['first', 'second', 'second']);
  });
});
