// govuk-frontend ships no type declarations; these cover the parts the site uses.
declare module 'govuk-frontend' {
  export class Component {
    constructor($root: Element);
  }
  export class Button extends Component {}
  export class SkipLink extends Component {}
  export function createAll<T extends typeof Component>(
    component: T,
    config?: unknown,
    scope?: Element | Document,
  ): InstanceType<T>[];
}
