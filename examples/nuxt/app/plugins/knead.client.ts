// Browser only, before hydration: defines the elements, which then reuse their pre-rendered shadow roots.
import '@knead/widgets/define';

export default defineNuxtPlugin(() => {});
