import type { MainStrings } from './main-en.ts';
import type { ResultText } from './result-text.ts';

/** What main shows itself, in Spanish. */
export const mainEs: MainStrings = {
  menu: {
    settings: 'Configuración…',
    showLogs: 'Mostrar registros',
    toggleSidebar: 'Mostrar u ocultar barra lateral',
    checkForUpdates: 'Buscar actualizaciones…',
    upToDate: 'Tienes la versión más reciente.',
    downloading: (version: string) => `Se está descargando la versión ${version}. Cuando esté lista, te propondremos reiniciar.`,
    ready: (version: string) => `La versión ${version} está lista. Reinicia para actualizar.`,
    failed: 'No se pudo buscar actualizaciones. Inténtalo de nuevo más tarde.',
    restart: 'Reiniciar y actualizar',
    later: 'Más tarde',
  },
  attention: { unread: (count: string) => `${count} sin leer` },
  tray: {
    open: 'Abrir Bitrix ID',
    unreadHeading: 'Sin leer en los portales',
    unreadPortal: (name: string, count: string) => `${name} (${count})`,
    quit: 'Salir de Bitrix ID',
    tooltip: 'Bitrix ID',
    tooltipWithUnread: (count: string) => `Bitrix ID: ${count} sin leer`,
  },
  browserResult: {
    title: 'Bitrix ID',
    closeTab: 'Puedes cerrar esta pestaña.',
    signedIn: { heading: 'Has iniciado sesión en Bitrix ID', detail: 'Vuelve a Bitrix ID Desktop para continuar.' },
    connected: (service: string | null): ResultText => ({
      heading: service ? `${service} está conectado a tu Bitrix ID` : 'El servicio está conectado a tu Bitrix ID',
      detail: 'A partir de ahora puedes iniciar sesión con él. Vuelve a Bitrix ID Desktop para continuar.',
    }),
    notLinked: (service: string | null): ResultText => ({
      heading: service
        ? `Esta cuenta de ${service} no está vinculada a ningún Bitrix ID`
        : 'Esta cuenta no está vinculada a ningún Bitrix ID',
      detail: 'No se inició ninguna sesión. Inicia sesión en Bitrix ID Desktop con tu contraseña y después conecta el servicio en tu perfil.',
    }),
    linkedElsewhere: (service: string | null): ResultText => ({
      heading: service
        ? `Esta cuenta de ${service} ya está vinculada a otro Bitrix ID`
        : 'Esta cuenta ya está vinculada a otro Bitrix ID',
      detail: 'No se ha cambiado nada. Úsala para iniciar sesión en ese otro Bitrix ID o elige otra cuenta.',
    }),
    denied: { heading: 'Cancelado en el navegador', detail: 'No se ha cambiado nada. Vuelve a Bitrix ID Desktop.' },
    cancelled: {
      heading: 'El inicio de sesión se canceló en Bitrix ID Desktop',
      detail: 'No se ha cambiado nada. Vuelve a Bitrix ID Desktop y, si lo necesitas, empieza de nuevo allí.',
    },
    timeout: {
      heading: 'Ha tardado demasiado',
      detail: 'El servidor no respondió a tiempo. Vuelve a Bitrix ID Desktop e inténtalo de nuevo.',
    },
    unfinished: {
      heading: 'Bitrix ID Desktop aún no ha terminado',
      detail: 'Vuelve a la aplicación para ver si ha funcionado.',
    },
    failed: {
      heading: 'Algo salió mal',
      detail: 'Bitrix ID Desktop no pudo terminar. Vuelve a la aplicación e inténtalo de nuevo.',
    },
    secondStep: {
      heading: 'Un paso más en Bitrix ID Desktop',
      detail: 'Tu cuenta tiene la autenticación en dos pasos. Vuelve a la aplicación e introduce el código de tu aplicación de autenticación.',
    },
    foreign: {
      heading: 'Ningún inicio de sesión espera este enlace',
      detail: 'Este enlace no corresponde al inicio de sesión que espera Bitrix ID Desktop.',
    },
  },
};
